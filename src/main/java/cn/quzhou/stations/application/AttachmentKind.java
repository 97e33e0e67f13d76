package cn.quzhou.stations.application;

/** The signed co-building agreement (required, Art. 3(2)) or any other supporting material. */
public enum AttachmentKind {
    AGREEMENT, OTHER
}
