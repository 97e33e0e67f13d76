// Sends the CSRF token with every htmx request; no inline script anywhere (CSP).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
  }
});
// Asks before buttons marked data-confirm submit their form.
document.addEventListener('submit', function (event) {
  var button = event.submitter;
  var message = button && button.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
// A long form that came back with problems: the error summary takes the focus, so that it is read (and seen) first;
// its links then move the focus to each field (the browser does that for links to an input).
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('[data-error-summary]');
  if (summary) {
    summary.focus();
  }
});
// 常用意见: a phrase picked beside an opinion box is put into the box (after what is typed), then the pick resets.
document.addEventListener('change', function (event) {
  var picker = event.target;
  if (!picker.classList || !picker.classList.contains('phrase-picker') || !picker.value) {
    return;
  }
  var box = document.getElementById(picker.getAttribute('data-target'));
  if (box) {
    box.value = box.value.trim() ? box.value.replace(/\s+$/, '') + '\n' + picker.value : picker.value;
    box.focus();
  }
  picker.value = '';
});
// 打印: a button marked data-print opens the browser's print dialogue (the print stylesheet keeps the content only).
document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('[data-print]') : null;
  if (button) {
    window.print();
  }
});
