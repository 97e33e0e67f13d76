package cn.quzhou.stations.application.notice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The public look-up form: the receipt number and, as a second factor, the last four characters of the contact. */
public record ObjectionLookup(@NotBlank @Size(max = 40) String receipt, @NotBlank @Size(max = 10) String contactTail) {
}
