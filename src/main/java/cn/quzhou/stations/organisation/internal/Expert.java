package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.organisation.ExpertCommand;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.shared.SealedText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

/** An expert of the pool from which review panels are formed. */
@Entity
@Table(name = "expert")
public class Expert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String title;
    private String field;
    private String organisation;
    private Long hostUnitId;
    // personal data, sealed at rest; the pool's list opens them to show them masked
    @Convert(converter = SealedText.class)
    private String phone;
    @Convert(converter = SealedText.class)
    private String email;
    private boolean active = true;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "expert_society", joinColumns = @JoinColumn(name = "expert_id"))
    @Column(name = "society_id")
    private Set<Long> societyIds = new HashSet<>();
    @Version
    private int version;

    protected Expert() {
    }

    public Expert(ExpertCommand c) {
        apply(c);
    }

    public final void apply(ExpertCommand c) {
        this.name = c.name().strip();
        this.title = Texts.blankToNull(c.title());
        this.field = c.field().strip();
        this.organisation = c.organisation().strip();
        this.hostUnitId = c.hostUnitId();
        this.phone = Texts.blankToNull(c.phone());
        this.email = Texts.blankToNull(c.email());
        this.societyIds = c.societyIds() == null ? new HashSet<>() : new HashSet<>(c.societyIds());
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getTitle() { return title; }
    public String getField() { return field; }
    public String getOrganisation() { return organisation; }
    public Long getHostUnitId() { return hostUnitId; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public boolean isActive() { return active; }
    public Set<Long> getSocietyIds() { return Set.copyOf(societyIds); }
    public int getVersion() { return version; }

    /** Leaves the pool: no longer put on panels or evaluation rounds. Only an active expert can be deactivated. */
    public void deactivate() {
        if (!active) {
            throw ConflictException.of("expert.error.alreadyInactive", name);
        }
        this.active = false;
    }
}
