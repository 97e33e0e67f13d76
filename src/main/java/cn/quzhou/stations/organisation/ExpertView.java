package cn.quzhou.stations.organisation;

import java.util.Set;

public record ExpertView(long id, String name, String title, String field, String organisation, Long hostUnitId,
                         String phone, String email, boolean active, Set<Long> societyIds, int version) {

    public ExpertCommand toCommand() {
        return new ExpertCommand(name, title, field, organisation, hostUnitId, phone, email, societyIds);
    }
}
