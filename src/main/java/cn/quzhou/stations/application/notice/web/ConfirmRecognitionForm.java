package cn.quzhou.stations.application.notice.web;

import cn.quzhou.stations.application.recognition.ConfirmRecognitionCommand;

/** The city talent office's confirmation on the notice page; {@code confirmed}: the tick under the consequence. */
public record ConfirmRecognitionForm(Integer version, Boolean confirmed) {

    /** The tick under the stated consequence (absent when not ticked). */
    boolean ticked() {
        return Boolean.TRUE.equals(confirmed);
    }

    ConfirmRecognitionCommand command() {
        return new ConfirmRecognitionCommand(version);
    }
}
