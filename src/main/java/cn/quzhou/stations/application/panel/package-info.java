/**
 * 评审小组 — the expert panel of the application's PANEL_REVIEW step (Art. 5(2)): the city CAST convenes a panel for a
 * batch, experts score the applications assigned to them on sheets built from the dated sheet policy (never their
 * own unit's, their society's or one they declared a conflict for), and the city CAST fixes the recommended list and
 * submits it to the city talent office ({@link ReviewPanels}; aggregates {@code ReviewPanel} and {@code ReviewSheet}
 * in {@code internal/}). A named interface: the demo convenes panels.
 */
@org.springframework.modulith.NamedInterface(name = "panel", propagate = false)
package cn.quzhou.stations.application.panel;
