package cn.quzhou.stations.application.notice.web;

import cn.quzhou.stations.application.notice.NoticeStation;
import cn.quzhou.stations.application.recognition.RecognitionPreview;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * What recognising a notice would do now, for the API: each blocker and each station's reason in words in the
 * reader's language ({@code message}, {@code reason}), its message key kept as the stable {@code code}.
 */
record RecognitionPreviewView(long noticeId, boolean possible, List<PreviewBlocker> blockers,
                              List<PreviewCandidate> stations) {

    record PreviewBlocker(String code, String argument, String message) {
    }

    record PreviewCandidate(NoticeStation station, boolean eligible, String code, String reason) {
    }

    static RecognitionPreviewView of(RecognitionPreview p, MessageSource messages, Locale locale) {
        return new RecognitionPreviewView(p.noticeId(), p.possible(),
                p.blockers().stream().map(b -> new PreviewBlocker(b.messageKey(), b.argument(),
                        messages.getMessage(b.messageKey(), new Object[] {b.argument()}, locale))).toList(),
                p.stations().stream().map(c -> new PreviewCandidate(c.station(), c.eligible(), c.reasonKey(),
                        c.reasonKey() == null ? null
                                : messages.getMessage(c.reasonKey(), new Object[] {c.reasonArgument()}, locale)))
                        .toList());
    }
}
