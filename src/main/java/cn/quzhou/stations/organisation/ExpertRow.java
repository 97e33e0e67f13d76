package cn.quzhou.stations.organisation;

import cn.quzhou.stations.shared.Masks;

/** A line of the expert pool's list. */
public record ExpertRow(long id, String name, String title, String field, String organisation, String phone,
                        String email, boolean active) {

    /** The row with phone and e-mail masked, as the list page shows them. */
    public ExpertRow masked() {
        return new ExpertRow(id, name, title, field, organisation, Masks.mask(phone), Masks.mask(email), active);
    }
}
