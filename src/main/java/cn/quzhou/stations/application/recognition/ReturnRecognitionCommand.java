package cn.quzhou.stations.application.recognition;

import jakarta.validation.constraints.Size;

/** The city talent office returns the prepared joint document to the city CAST, with the reason (required). */
public record ReturnRecognitionCommand(@Size(max = 1000) String reason, Integer version) {
}
