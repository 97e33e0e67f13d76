package cn.quzhou.stations.application;

import cn.quzhou.stations.shared.Labels;

/** The signed co-building agreement (required, Art. 3(2)) or any other supporting material. */
@Labels("application.attachment")
public enum AttachmentKind {
    AGREEMENT, OTHER
}
