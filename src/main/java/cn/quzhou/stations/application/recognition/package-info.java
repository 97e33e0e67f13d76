/**
 * 联合发文认定 — recognition after the notice (Art. 5(3); Art. 3(6): one station per society): the city CAST prepares
 * the joint document of 市委人才办 and 市科协 for an ended notice, the city talent office confirms it — which numbers it
 * from the gapless series and recognises the stations — or returns it ({@link Recognitions}; aggregate
 * {@code JointRecognition} with {@link JointRecognitionStatus}, and the {@code Recognition} record, in
 * {@code internal/}). Its pages are the notice's ({@code notice.web}). A named interface: the demo recognises
 * stations.
 */
@org.springframework.modulith.NamedInterface(name = "recognition", propagate = false)
package cn.quzhou.stations.application.recognition;
