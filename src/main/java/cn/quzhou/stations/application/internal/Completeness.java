package cn.quzhou.stations.application.internal;

import cn.quzhou.stations.application.ApplicationDraft;
import cn.quzhou.stations.application.ExpertMember;
import cn.quzhou.stations.application.FieldProblem;
import cn.quzhou.stations.organisation.BusinessField;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.UnitNature;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What must be there before an application can be submitted: the appendix's required boxes and the
 * conditions of Art. 3 — a signed agreement with its cooperation period (the policy's period unless a
 * special arrangement is stated), a named expert team and responsible person, declared office space,
 * funding and rules, and a level that matches the chosen society's. The form asks it too before a draft with format
 * errors is saved, so that submitting reports everything in one round.
 */
public class Completeness {

    private final ApplicationDraft d;
    private final SocietyLevel societyLevel;
    private final boolean agreementAttached;
    private final int defaultCooperationYears;
    private final List<FieldProblem> problems = new ArrayList<>();

    public Completeness(ApplicationDraft draft, SocietyLevel societyLevel, boolean agreementAttached,
                 int defaultCooperationYears) {
        this.d = draft;
        this.societyLevel = societyLevel;
        this.agreementAttached = agreementAttached;
        this.defaultCooperationYears = defaultCooperationYears;
    }

    public List<FieldProblem> problems() {
        required("stationName", d.stationName());
        required("legalRepresentative", d.legalRepresentative());
        required("unitName", d.unitName());
        required("address", d.address());
        required("contactName", d.contactName());
        required("contactMobile", d.contactMobile());
        if (d.nature() == null) {
            add("nature", "application.required");
        } else if (d.nature() == UnitNature.OTHER) {
            required("natureOther", d.natureOther());
        }
        if (d.businessFields() == null || d.businessFields().isEmpty()) {
            add("businessFields", "application.required.choice");
        } else if (d.businessFields().contains(BusinessField.OTHER)) {
            required("businessFieldOther", d.businessFieldOther());
        }
        required("unitOverview", d.unitOverview());
        required("industryOverview", d.industryOverview());
        societyBlock();
        required("purposePlan", d.purposePlan());
        agreement();
        team();
        declarations();
        return List.copyOf(problems);
    }

    private void societyBlock() {
        if (d.societyId() == null) {
            add("societyId", "application.required.choice");
        }
        if (d.level() == null) {
            add("level", "application.required.choice");
        } else if (societyLevel != null && d.level() != societyLevel) {
            add("level", "application.error.levelMismatch");
        }
        required("societyLegalRep", d.societyLegalRep());
        required("societyContact", d.societyContact());
        required("societyContactMobile", d.societyContactMobile());
        required("societyOverview", d.societyOverview());
    }

    private void agreement() {
        if (!agreementAttached) {
            add("agreement", "application.error.agreementMissing");
        }
        if (d.agreementSignedOn() == null) {
            add("agreementSignedOn", "application.required");
        }
        if (d.cooperationYears() == null) {
            add("cooperationYears", "application.required");
        } else if (d.cooperationYears() != defaultCooperationYears && blank(d.cooperationNote())) {
            // Art. 3(2): the policy's period in principle; another period needs the special arrangement stated
            add("cooperationNote", "application.error.cooperationNote");
        }
    }

    private void team() {
        List<ExpertMember> team = d.expertTeam();
        if (team.isEmpty()) {
            add("experts", "application.error.noExpert");
        }
        for (int i = 0; i < team.size(); i++) {
            rowRequired(i, "name", ExpertMember::name, team.get(i));
            rowRequired(i, "field", ExpertMember::field, team.get(i));
            rowRequired(i, "organisation", ExpertMember::organisation, team.get(i));
        }
        required("responsibleName", d.responsibleName());
        required("responsiblePhone", d.responsiblePhone());
    }

    private void declarations() {
        if (!d.declaresOffice()) {
            add("officeDeclared", "application.error.declaration");
        }
        if (!d.declaresFunding()) {
            add("fundingDeclared", "application.error.declaration");
        }
        if (!d.declaresRules()) {
            add("rulesDeclared", "application.error.declaration");
        }
    }

    private void rowRequired(int row, String field, Function<ExpertMember, String> value, ExpertMember member) {
        if (blank(value.apply(member))) {
            add("experts[" + row + "]." + field, "application.required");
        }
    }

    private void required(String field, String value) {
        if (blank(value)) {
            add(field, "application.required");
        }
    }

    private void add(String field, String key) {
        problems.add(new FieldProblem(field, key));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
