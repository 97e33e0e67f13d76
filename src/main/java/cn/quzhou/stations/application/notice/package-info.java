/**
 * 公示 — the public notice of the applications the city talent office passed (Art. 5(2)-(3)): the city CAST opens a
 * notice, anyone may object on the public page while it runs and look up the objection by its receipt, and the city
 * CAST upholds or dismisses each objection ({@link PublicNotices}, {@link ObjectionReceipts}; aggregate
 * {@code Objection} in {@code internal/}). The notice period is counted in working days, so the working calendar lives
 * here too ({@link WorkingCalendar}, {@link WorkingDays}, {@link PlatformDate}), with the working-day deadlines and
 * reminders of every module's 待办 ({@link TodoDeadlines}, {@link TodoReminders}): that is why this is a named
 * interface.
 */
@org.springframework.modulith.NamedInterface(name = "notice", propagate = false)
package cn.quzhou.stations.application.notice;
