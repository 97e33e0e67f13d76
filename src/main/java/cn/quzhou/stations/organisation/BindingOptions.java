package cn.quzhou.stations.organisation;

import java.util.List;

/** What an account can be bound to, as id/label pairs for the administrators' forms. */
public record BindingOptions(List<Option> units, List<Option> jurisdictions, List<Option> experts, List<Option> societies) {

    public record Option(long id, String label) {
    }

    public String label(List<Option> options, Long id) {
        return id == null ? null : options.stream().filter(o -> o.id() == id).map(Option::label).findFirst().orElse("#" + id);
    }
}
