package cn.quzhou.stations.application;

import cn.quzhou.stations.organisation.BusinessField;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.UnitNature;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Everything the applicant types into the 申请书 (appendix 1). Saving a draft checks only sizes and
 * formats; submitting checks completeness and eligibility (Art. 3) in the aggregate. Every constraint's message is a
 * key of our bundles (the constraint defaults included), never the validator's own text.
 */
public record ApplicationDraft(
        @Size(max = 200) String stationName,
        @Size(max = 50) String legalRepresentative,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate applicationDate,
        @Size(max = 200) String unitName,
        @Size(max = 200) String address,
        @Pattern(regexp = "^$|^\\d{6}$", message = "{validation.postcode}") String postcode,
        @Size(max = 50) String contactName,
        @Size(max = 50) String contactTitle,
        @Size(max = 40) @Pattern(regexp = PhoneNumbers.PHONE, message = "{application.validation.phone}") String contactPhone,
        @Pattern(regexp = "^$|^1\\d{10}$", message = "{application.validation.mobile}") String contactMobile,
        @Size(max = 40) @Pattern(regexp = PhoneNumbers.LANDLINE, message = "{application.validation.landline}") String contactFax,
        @Email @Size(max = 120) String contactEmail,
        @Size(max = 60) String contactIm,
        UnitNature nature,
        @Size(max = 100) String natureOther,
        Set<BusinessField> businessFields,
        @Size(max = 100) String businessFieldOther,
        SocietyLevel level,
        @Size(max = 5000) String unitOverview,
        @Size(max = 5000) String industryOverview,
        Long societyId,
        @Size(max = 200) String societyBranch,
        @Size(max = 50) String societyLegalRep,
        @Size(max = 50) String societyLegalRepTitle,
        @Pattern(regexp = "^$|^1\\d{10}$", message = "{application.validation.mobile}") String societyLegalRepMobile,
        @Size(max = 200) String societyAddress,
        @Pattern(regexp = "^$|^\\d{6}$", message = "{validation.postcode}") String societyPostcode,
        @Size(max = 50) String societyContact,
        @Size(max = 50) String societyContactTitle,
        @Pattern(regexp = "^$|^1\\d{10}$", message = "{application.validation.mobile}") String societyContactMobile,
        @Size(max = 40) @Pattern(regexp = PhoneNumbers.PHONE_AND_FAX, message = "{application.validation.phone}") String societyPhoneFax,
        @Size(max = 30) String societyQq,
        @Email @Size(max = 120) String societyEmail,
        @Size(max = 60) String societyWechat,
        @Size(max = 5000) String societyOverview,
        @Size(max = 10000) String purposePlan,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate agreementSignedOn,
        @Min(value = 1, message = "{application.validation.cooperationYears.min}")
        @Max(value = 10, message = "{application.validation.cooperationYears.max}") Integer cooperationYears,
        @Size(max = 200) String cooperationNote,
        @Size(max = 50) String responsibleName,
        @Size(max = 50) String responsibleTitle,
        @Size(max = 40) @Pattern(regexp = PhoneNumbers.PHONE, message = "{application.validation.phone}") String responsiblePhone,
        Boolean officeDeclared,
        Boolean fundingDeclared,
        Boolean rulesDeclared,
        @Valid List<ExpertMember> experts) {

    /** The fields holding personal contact data: masked in the audit trail's before → after. */
    public static final Set<String> PERSONAL = Set.of("contactPhone", "contactMobile", "contactFax", "contactEmail",
            "contactIm", "societyLegalRepMobile", "societyContactMobile", "societyPhoneFax", "societyQq",
            "societyEmail", "societyWechat", "responsiblePhone");

    /** The same draft with every {@link #PERSONAL} field masked (138****1234, z***@example.com). */
    public ApplicationDraft masked() {
        java.lang.reflect.RecordComponent[] components = ApplicationDraft.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            Object value = read(components[i]);
            values[i] = PERSONAL.contains(components[i].getName()) && value != null
                    ? cn.quzhou.stations.shared.Masks.mask((String) value) : value;
        }
        try {
            return ApplicationDraft.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The full value of one {@link #PERSONAL} field. */
    public String personal(String field) {
        for (java.lang.reflect.RecordComponent c : ApplicationDraft.class.getRecordComponents()) {
            if (c.getName().equals(field) && PERSONAL.contains(field)) {
                return (String) read(c);
            }
        }
        throw new IllegalArgumentException(field);
    }

    private Object read(java.lang.reflect.RecordComponent c) {
        try {
            return c.getAccessor().invoke(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of the expert table offered by the form; blank rows are dropped when saved. */
    public static final int EXPERT_ROWS = 8;

    /** A declaration counts only when ticked; an absent box is not ticked. */
    public boolean declaresOffice() {
        return Boolean.TRUE.equals(officeDeclared);
    }

    public boolean declaresFunding() {
        return Boolean.TRUE.equals(fundingDeclared);
    }

    public boolean declaresRules() {
        return Boolean.TRUE.equals(rulesDeclared);
    }

    /** The non-blank expert rows. */
    public List<ExpertMember> expertTeam() {
        return experts == null ? List.of() : experts.stream().filter(e -> e != null && !e.blank()).toList();
    }

    /** The same draft with the expert table padded to {@link #EXPERT_ROWS} rows for the form. */
    public ApplicationDraft withFormRows() {
        List<ExpertMember> rows = new ArrayList<>(expertTeam());
        while (rows.size() < EXPERT_ROWS) {
            rows.add(new ExpertMember(null, null, null, null, null));
        }
        return new ApplicationDraft(stationName, legalRepresentative, applicationDate, unitName, address, postcode,
                contactName, contactTitle, contactPhone, contactMobile, contactFax, contactEmail, contactIm, nature,
                natureOther, businessFields, businessFieldOther, level, unitOverview, industryOverview, societyId,
                societyBranch, societyLegalRep, societyLegalRepTitle, societyLegalRepMobile, societyAddress,
                societyPostcode, societyContact, societyContactTitle, societyContactMobile, societyPhoneFax, societyQq,
                societyEmail, societyWechat, societyOverview, purposePlan, agreementSignedOn, cooperationYears,
                cooperationNote, responsibleName, responsibleTitle, responsiblePhone, officeDeclared, fundingDeclared,
                rulesDeclared, rows);
    }
}
