package cn.quzhou.stations.results;

import cn.quzhou.stations.results.CorrectionView;
import cn.quzhou.stations.results.ResultView;
import java.util.List;

/** A station's published results, every version of every year, with the corrections proposed for them. */
public record StationResults(long stationId, String stationName, String hostUnitName, boolean active,
        List<ResultView> versions, List<CorrectionView> corrections) {

    /** The versions of one year, oldest first. */
    public List<ResultView> of(int year) {
        return versions.stream().filter(v -> v.year() == year).toList();
    }

    public List<Integer> years() {
        return versions.stream().map(ResultView::year).distinct().toList();
    }

    /** The result in force of a year: its latest version. */
    public ResultView inForce(int year) {
        List<ResultView> all = of(year);
        return all.get(all.size() - 1);
    }
}
