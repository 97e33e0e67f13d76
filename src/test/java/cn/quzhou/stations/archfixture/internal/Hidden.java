package cn.quzhou.stations.archfixture.internal;

/** Persistence of a pretend module, for {@code ArchitectureRulesTests}: the rules must refuse what uses it wrongly. */
public class Hidden {
}
