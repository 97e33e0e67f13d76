package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.organisation.SocietyCommand;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.shared.SealedText;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 全国学会 / 省级学会 — the partner society. */
@Entity
@Table(name = "society")
public class Society {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private SocietyLevel level;
    private String branch;
    private String contact;
    // personal data, sealed at rest; lists and the API show it masked
    @Convert(converter = SealedText.class)
    private String phone;
    @Version
    private int version;

    protected Society() {
    }

    public Society(SocietyCommand c) {
        apply(c);
    }

    public final void apply(SocietyCommand c) {
        this.name = c.name().strip();
        this.level = c.level();
        this.branch = Texts.blankToNull(c.branch());
        this.contact = Texts.blankToNull(c.contact());
        this.phone = Texts.blankToNull(c.phone());
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public SocietyLevel getLevel() { return level; }
    public String getBranch() { return branch; }
    public String getContact() { return contact; }
    public String getPhone() { return phone; }
    public int getVersion() { return version; }
}
