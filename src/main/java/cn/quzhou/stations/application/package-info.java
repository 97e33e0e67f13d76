/**
 * 申报与认定 — the application and its route (Art. 3, Art. 5): drafts, submission, the review steps of the county and
 * city offices, batch passes, attachments, the application PDF and the offices' seals; the {@code Application}
 * aggregate and its {@link ApplicationStatus}, and the events other modules hear ({@link ApplicationReviewed},
 * {@link StationRecognised}, {@link JointRecognitionMoved}: their class names are stored in the event publication
 * log, so they stay here).
 * <p>The stages the application passes through after the route each have a sub-package with its own {@code internal/}
 * and {@code web/}: {@code panel} (评审小组), {@code notice} (公示 and the working calendar) and {@code recognition}
 * (联合发文认定). They are sub-packages, not modules, because the one {@code Application} aggregate runs through every
 * stage: separate modules would need a cycle or an event for each step. Other modules reach a stage through its named
 * interface ({@code "application :: notice"}, …); the root stays the unnamed one ({@code "application"}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "申报与认定",
        allowedDependencies = {"audit", "documents", "notification", "organisation", "shared"})
package cn.quzhou.stations.application;
