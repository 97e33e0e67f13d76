package cn.quzhou.stations.archfixture.stage.internal;

/** Persistence of a stage of a pretend module, for {@code ArchitectureRulesTests}. */
public class StageHidden {
}
