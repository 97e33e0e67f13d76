package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.organisation.JurisdictionKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "jurisdiction")
public class Jurisdiction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private JurisdictionKind kind;
    private int sortOrder;
    private boolean active = true;

    protected Jurisdiction() {
    }

    public Jurisdiction(String code, String name, JurisdictionKind kind, int sortOrder) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.sortOrder = sortOrder;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public JurisdictionKind getKind() { return kind; }
    public int getSortOrder() { return sortOrder; }
    public boolean isActive() { return active; }

    public void rename(String newName) {
        this.name = newName;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** City-direct units have no county offices: nobody can be a county reviewer there. */
    public boolean hasCountyOffices() {
        return kind != JurisdictionKind.CITY_DIRECT;
    }
}
