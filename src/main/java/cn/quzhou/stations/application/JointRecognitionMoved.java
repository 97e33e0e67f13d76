package cn.quzhou.stations.application;

import cn.quzhou.stations.application.recognition.JointRecognitionStatus;

/**
 * Published when the joint recognition document of notice {@code noticeId} moved by {@code step} to {@code status}
 * (after it is saved): the other office learns that it has something to do.
 */
public record JointRecognitionMoved(long noticeId, JointRecognitionStatus.Step step, JointRecognitionStatus status) {
}
