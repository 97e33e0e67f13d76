package cn.quzhou.stations.organisation;

public record SocietyView(long id, String name, SocietyLevel level, String branch, String contact, String phone,
                          int version) {

    public SocietyCommand toCommand() {
        return new SocietyCommand(name, level, branch, contact, phone);
    }
}
