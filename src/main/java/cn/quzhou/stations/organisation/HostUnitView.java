package cn.quzhou.stations.organisation;

import java.util.Set;

public record HostUnitView(long id, String name, String creditCode, long jurisdictionId, String jurisdictionName,
                           JurisdictionKind jurisdictionKind, UnitNature nature, String natureOther,
                           Set<BusinessField> businessFields, String businessFieldOther,
                           String legalRepresentative, String address, String postcode, int version) {

    public HostUnitCommand toCommand() {
        return new HostUnitCommand(name, creditCode, jurisdictionId, nature, natureOther, businessFields,
                businessFieldOther, legalRepresentative, address, postcode);
    }
}
