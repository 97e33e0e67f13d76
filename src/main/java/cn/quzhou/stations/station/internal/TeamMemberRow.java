package cn.quzhou.stations.station.internal;

import jakarta.persistence.Embeddable;

@Embeddable
public class TeamMemberRow {

    private String name;
    private String title;
    private String field;
    private String organisation;
    private Integer plannedDays;

    protected TeamMemberRow() {
    }

    public TeamMemberRow(String name, String title, String field, String organisation, Integer plannedDays) {
        this.name = name;
        this.title = title;
        this.field = field;
        this.organisation = organisation;
        this.plannedDays = plannedDays;
    }

    public String getName() { return name; }
    public String getTitle() { return title; }
    public String getField() { return field; }
    public String getOrganisation() { return organisation; }
    public Integer getPlannedDays() { return plannedDays; }
}
