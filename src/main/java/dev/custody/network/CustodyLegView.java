package dev.custody.network;

/** A custody leg as the API returns it, with vendor and handler named. */
public record CustodyLegView(Long id, long vendorId, String vendorName, int sequence, LegKind kind, long handlerId,
        String handlerName, String country, boolean seals, boolean tracking, boolean escort, long version) {

    public static CustodyLegView of(CustodyLeg leg) {
        return new CustodyLegView(leg.id, leg.vendor.id, leg.vendor.name, leg.sequence, leg.kind, leg.handler.id,
                leg.handler.name, leg.country, leg.seals, leg.tracking, leg.escort, leg.version);
    }
}
