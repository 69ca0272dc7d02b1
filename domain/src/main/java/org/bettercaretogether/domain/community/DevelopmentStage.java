package org.bettercaretogether.domain.community;

/** How far a community has come in bringing its services together. Communities develop at their own pace. */
public enum DevelopmentStage {
    FORMING("Forming: partners and a first team are coming together"),
    DEVELOPING("Developing: the team works together and has agreed local priorities"),
    ESTABLISHED("Established: integrated working is the normal way of delivering care");

    private final String description;

    DevelopmentStage(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
