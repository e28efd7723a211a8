package dev.custody.platform;

/**
 * A synchronous CDI event fired inside the changing transaction when something the procurement gate reads besides the
 * scores changed: a vendor's engagement (vendorId set), or for every vendor (vendorId null) the restriction lists,
 * the safeguard catalogue or the active gate policy. Observers keep what they derive from the gate current.
 */
public record GateInputsChanged(Long vendorId, String what) {
    public static GateInputsChanged everyVendor(String what) {
        return new GateInputsChanged(null, what);
    }
}
