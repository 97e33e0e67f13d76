package cn.quzhou.stations.application.recognition;

import cn.quzhou.stations.application.notice.NoticeStation;
import java.util.List;

/**
 * What recognising a notice would do now: the reasons it cannot happen at all ({@code blockers},
 * message keys with their argument), and for each station whether it may be recognised or why not.
 */
public record RecognitionPreview(long noticeId, List<Blocker> blockers, List<Candidate> stations) {

    public boolean possible() {
        return blockers.isEmpty() && stations.stream().anyMatch(Candidate::eligible);
    }

    public record Blocker(String messageKey, String argument) {
    }

    /** {@code reasonKey}/{@code reasonArgument} say why the station cannot be recognised (null when it can). */
    public record Candidate(NoticeStation station, boolean eligible, String reasonKey, String reasonArgument) {
    }
}
