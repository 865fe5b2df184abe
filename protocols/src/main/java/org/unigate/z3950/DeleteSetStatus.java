package org.unigate.z3950;

/** DeleteSetStatus of delete-result-set responses. */
public enum DeleteSetStatus implements Coded {
    SUCCESS, RESULT_SET_DID_NOT_EXIST, PREVIOUSLY_DELETED_BY_TARGET, SYSTEM_PROBLEM_AT_TARGET,
    ACCESS_NOT_ALLOWED, RESOURCE_CONTROL_AT_ORIGIN, RESOURCE_CONTROL_AT_TARGET, BULK_DELETE_NOT_SUPPORTED,
    NOT_ALL_RESULT_SETS_DELETED_ON_BULK_DELETE, NOT_ALL_REQUESTED_RESULT_SETS_DELETED, RESULT_SET_IN_USE;

    @Override
    public int code() {
        return ordinal();
    }
}
