package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.SealedText;
import jakarta.persistence.Convert;
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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A sign-in account. Its roles obey 三员分立 (an administrator role is held alone) and each role
 * needs the binding it is scoped by: an applicant its unit, a county office its jurisdiction, an
 * expert the pool entry, a society contact the society.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String displayName;
    private String passwordHash;
    private boolean mustChangePassword;
    private java.time.Instant passwordChangedAt;
    private boolean enabled = true;
    private Long hostUnitId;
    private Long jurisdictionId;
    private Long expertId;
    private Long societyId;
    private String oidcIssuer;
    private String oidcSubject;
    // personal data, sealed at rest; shown masked to everyone but the holder
    @Convert(converter = SealedText.class)
    private String email;
    /** The blind index of {@link #email} (PersonalDataCipher.blindIndex): finds an account by its exact address. */
    private String emailIndex;
    /** Whether the holder set the address (then it may carry a one-time secret), rather than an administrator. */
    private boolean emailSetByHolder;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role_code")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();
    private long securityStamp;
    @Version
    private int version;

    protected Account() {
    }

    public Account(String username, String displayName) {
        this.username = normalise(username);
        this.displayName = displayName.strip();
    }

    /**
     * The stored form of a user name: trimmed, lower case, and without control or format characters (CR, LF, TAB,
     * bidi overrides…), so a typed "a\r\nb" can neither forge a line in the audit nor name another account.
     */
    public static String normalise(String username) {
        return username == null ? "" : CONTROL.matcher(username).replaceAll("").strip().toLowerCase(Locale.ROOT);
    }

    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");

    public void bind(Long hostUnitId, Long jurisdictionId, Long expertId, Long societyId) {
        this.hostUnitId = hostUnitId;
        this.jurisdictionId = jurisdictionId;
        this.expertId = expertId;
        this.societyId = societyId;
    }

    public void setPassword(String hash, boolean mustChange, java.time.Instant at) {
        this.passwordHash = hash;
        this.mustChangePassword = mustChange;
        this.passwordChangedAt = at;
    }

    public void linkOidc(String issuer, String subject) {
        this.oidcIssuer = issuer;
        this.oidcSubject = subject;
    }

    /**
     * Grants a role. {@code jurisdictionHasCountyOffices} tells whether the bound jurisdiction has
     * county offices (the city-direct pseudo-jurisdiction has none).
     */
    public void grant(Role role, boolean jurisdictionHasCountyOffices) {
        if (roles.contains(role)) {
            return;
        }
        if (role.isAdmin() && !roles.isEmpty() || !role.isAdmin() && roles.stream().anyMatch(Role::isAdmin)) {
            throw new BusinessRuleException("role", "account.error.adminSeparation");
        }
        requireBinding(role, jurisdictionHasCountyOffices);
        roles.add(role);
    }

    /** Separation of duties: refuses {@code role} when the policy says it cannot be held with one already held. */
    public void requireCompatible(Role role, java.util.function.BiFunction<Role, Role, java.util.Optional<String>> conflict) {
        for (Role held : roles) {
            conflict.apply(held, role).ifPresent(key -> {
                throw new BusinessRuleException("role", key);
            });
        }
    }

    private void requireBinding(Role role, boolean jurisdictionHasCountyOffices) {
        boolean bound = switch (role) {
            case APPLICANT -> hostUnitId != null;
            case COUNTY_CAST, COUNTY_TALENT -> jurisdictionId != null && jurisdictionHasCountyOffices;
            case EXPERT -> expertId != null;
            case SOCIETY_CONTACT -> societyId != null;
            default -> true;
        };
        if (!bound) {
            throw new BusinessRuleException("role", "account.error.bindingRequired." + role.name());
        }
    }

    public void revoke(Role role) {
        roles.remove(role);
    }

    /**
     * Ends every session of the account at its next request, on every instance: sessions remember the
     * stamp they signed in under (see {@code OnlineSessions}).
     */
    public void raiseSecurityStamp() {
        securityStamp++;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * The address the platform's e-mail notifications go to, as an administrator sets it; blank clears it.
     * {@code blindIndex} is the platform's PersonalDataCipher::blindIndex (the aggregate holds no key).
     */
    public void setEmail(String email, java.util.function.UnaryOperator<String> blindIndex) {
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.emailIndex = this.email == null ? null : blindIndex.apply(this.email);
        this.emailSetByHolder = false;
    }

    /** The address as the holder set it, having given the password: trusted with the holder's one-time secrets. */
    public void setEmailByHolder(String email, java.util.function.UnaryOperator<String> blindIndex) {
        setEmail(email, blindIndex);
        this.emailSetByHolder = this.email != null;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getPasswordHash() { return passwordHash; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public java.time.Instant getPasswordChangedAt() { return passwordChangedAt; }
    public boolean isEnabled() { return enabled; }
    public Long getHostUnitId() { return hostUnitId; }
    public Long getJurisdictionId() { return jurisdictionId; }
    public Long getExpertId() { return expertId; }
    public Long getSocietyId() { return societyId; }
    public String getOidcIssuer() { return oidcIssuer; }
    public String getOidcSubject() { return oidcSubject; }
    public String getEmail() { return email; }
    public boolean isEmailSetByHolder() { return emailSetByHolder; }
    public int getVersion() { return version; }
    public long getSecurityStamp() { return securityStamp; }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }
}
