package cn.quzhou.stations.application.web;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * 批量通过 from the application list: the ticked rows, one opinion, the seal confirmation, and the tick that confirms
 * the consequence (each passes on to the county talent office). {@code back}: the list's address to return to.
 */
record BatchPassForm(List<Long> ids, @Size(max = 2000) String opinion, boolean sealConfirmed, boolean confirmed,
                     @Size(max = 2000) String back) {
}
