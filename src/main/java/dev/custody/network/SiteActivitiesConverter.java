package dev.custody.network;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a site's activities as a comma-separated, ordered list of names. */
@Converter
public class SiteActivitiesConverter implements AttributeConverter<Set<SiteActivity>, String> {
    @Override
    public String convertToDatabaseColumn(Set<SiteActivity> activities) {
        if (activities == null || activities.isEmpty()) {
            return "";
        }
        return EnumSet.copyOf(activities).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<SiteActivity> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return Collections.unmodifiableSet(EnumSet.noneOf(SiteActivity.class));
        }
        EnumSet<SiteActivity> activities = EnumSet.noneOf(SiteActivity.class);
        Arrays.stream(column.split(",")).map(String::trim).map(SiteActivity::valueOf).forEach(activities::add);
        return Collections.unmodifiableSet(activities);
    }
}
