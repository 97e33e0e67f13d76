package cn.quzhou.stations.organisation;

/** 业务领域 — the tick-boxes of appendix 1 (several may be ticked). */
public enum BusinessField {
    FLUORINE_SILICON, EQUIPMENT, DIGITAL_ECONOMY, CHEMICAL, NEW_ENERGY, ELECTRONIC_CHEMICALS,
    INFORMATION_ELECTRONICS, SPECIALTY_PAPER, LIFE_HEALTH, OTHER
}
