package cn.quzhou.stations.importing;

import cn.quzhou.stations.shared.Labels;

/** An import batch's life: uploaded, then checked (valid or not), then committed once. */
@Labels("import.state")
public enum ImportState {
    UPLOADED, VALIDATED, INVALID, COMMITTED
}
