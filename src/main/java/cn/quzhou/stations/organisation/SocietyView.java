package cn.quzhou.stations.organisation;

import cn.quzhou.stations.shared.Masks;

/** A society; {@code phone} is masked (138****1234) everywhere but in the editor's form. */
public record SocietyView(long id, String name, SocietyLevel level, String branch, String contact, String phone,
                          int version) {

    /** The same society with its phone masked. */
    public SocietyView masked() {
        return new SocietyView(id, name, level, branch, contact, Masks.mask(phone), version);
    }

    public SocietyCommand toCommand() {
        return new SocietyCommand(name, level, branch, contact, phone);
    }
}
