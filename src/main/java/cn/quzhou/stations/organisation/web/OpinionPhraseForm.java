package cn.quzhou.stations.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new opinion phrase; {@code back} is the review page to return to when saved from there. */
record OpinionPhraseForm(@NotBlank @Size(max = 500) String text, @Size(max = 300) String back) {
}
