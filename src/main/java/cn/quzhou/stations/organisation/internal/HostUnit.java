package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.organisation.BusinessField;
import cn.quzhou.stations.organisation.HostUnitCommand;
import cn.quzhou.stations.organisation.UnitNature;
import cn.quzhou.stations.shared.CreditCode;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** 建站单位 — a Quzhou legal-person unit that hosts (or applies to host) a station. */
@Entity
@Table(name = "host_unit")
public class HostUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String creditCode;
    private Long jurisdictionId;
    @Enumerated(EnumType.STRING)
    private UnitNature nature;
    private String natureOther;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "host_unit_business_field", joinColumns = @JoinColumn(name = "host_unit_id"))
    @Column(name = "field")
    @Enumerated(EnumType.STRING)
    private Set<BusinessField> businessFields = new HashSet<>();
    private String businessFieldOther;
    private String legalRepresentative;
    private String address;
    private String postcode;
    @Version
    private int version;
    /** Written by the database (default now()), so that no record takes its time from outside the platform's clock. */
    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    protected HostUnit() {
    }

    public HostUnit(HostUnitCommand c) {
        apply(c);
    }

    public final void apply(HostUnitCommand c) {
        this.name = c.name().strip();
        this.creditCode = CreditCode.parse(c.creditCode()).value();
        this.jurisdictionId = c.jurisdictionId();
        this.nature = c.nature();
        this.natureOther = c.nature() == UnitNature.OTHER ? Texts.blankToNull(c.natureOther()) : null;
        this.businessFields = c.businessFields() == null || c.businessFields().isEmpty()
                ? new HashSet<>() : new HashSet<>(EnumSet.copyOf(c.businessFields()));
        this.businessFieldOther = businessFields.contains(BusinessField.OTHER) ? Texts.blankToNull(c.businessFieldOther()) : null;
        this.legalRepresentative = Texts.blankToNull(c.legalRepresentative());
        this.address = Texts.blankToNull(c.address());
        this.postcode = Texts.blankToNull(c.postcode());
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getCreditCode() { return creditCode; }
    public Long getJurisdictionId() { return jurisdictionId; }
    public UnitNature getNature() { return nature; }
    public String getNatureOther() { return natureOther; }
    public Set<BusinessField> getBusinessFields() { return Set.copyOf(businessFields); }
    public String getBusinessFieldOther() { return businessFieldOther; }
    public String getLegalRepresentative() { return legalRepresentative; }
    public String getAddress() { return address; }
    public String getPostcode() { return postcode; }
    public int getVersion() { return version; }
}
