package cn.quzhou.stations.application.panel.web;

/** The assign form's choice (application and expert), kept on the panel page with a refusal at its field. */
record AssignForm(Long applicationId, Long expertId) {

    static final String NAME = "assignForm";

    static AssignForm none() {
        return new AssignForm(null, null);
    }
}
