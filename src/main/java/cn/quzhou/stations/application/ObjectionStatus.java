package cn.quzhou.stations.application;

/** An objection is open until the city CAST upholds it (the station fails) or dismisses it (it continues). */
public enum ObjectionStatus {
    OPEN, UPHELD, DISMISSED
}
