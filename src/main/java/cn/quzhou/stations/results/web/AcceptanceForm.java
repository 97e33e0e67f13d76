package cn.quzhou.stations.results.web;

import jakarta.validation.constraints.Size;

/** The reviewer's optional note on accepting a rectification report; bounded like the column it is kept in. */
record AcceptanceForm(@Size(max = 2000) String note) {
}
