package cn.quzhou.stations.funding;

/** A category of Art. 9 (data rows); expenses are recorded against leaves only. */
public record CategoryView(String code, String parentCode, String nameZh, String nameEn, boolean needsProject,
                           boolean leaf) {

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
