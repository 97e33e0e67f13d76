package cn.quzhou.stations.application.panel;

import cn.quzhou.stations.shared.Labels;

/** Why an expert may not review an application (DOMAIN.md §3). */
@Labels("panel.conflict")
public enum ConflictKind {
    /** The application is of the expert's own unit. */
    OWN_UNIT,
    /** The application's society is one the expert belongs to. */
    OWN_SOCIETY,
    /** The expert sits on the application's own expert team (same name at the expert record's organisation). */
    OWN_TEAM,
    /** The expert declared a conflict for this application. */
    DECLARED
}
