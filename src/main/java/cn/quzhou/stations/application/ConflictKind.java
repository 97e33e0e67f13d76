package cn.quzhou.stations.application;

/** Why an expert may not review an application (DOMAIN.md §3). */
public enum ConflictKind {
    /** The application is of the expert's own unit. */
    OWN_UNIT,
    /** The application's society is one the expert belongs to. */
    OWN_SOCIETY,
    /** The expert declared a conflict for this application. */
    DECLARED
}
