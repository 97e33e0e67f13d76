package cn.quzhou.stations.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/**
 * A JPA column holding personal data: sealed on the way into the database, opened on the way out
 * ({@code @Convert(converter = SealedText.class)}). Hibernate gets it from Spring, with the platform's key.
 */
@Component
@Converter
public class SealedText implements AttributeConverter<String, String> {

    private final PersonalDataCipher cipher;

    public SealedText(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String clear) {
        return cipher.seal(clear);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return cipher.open(stored);
    }
}
