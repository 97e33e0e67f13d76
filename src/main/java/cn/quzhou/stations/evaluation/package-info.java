/**
 * 绩效考核 — annual performance evaluation and grading (issue #4).
 * <p>Declared now so the module map is complete; its behaviour arrives with its issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "绩效考核")
package cn.quzhou.stations.evaluation;
