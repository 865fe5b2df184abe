package org.unigate.cli;

import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = UnigateCommand.class.getPackage().getImplementationVersion();
        return new String[] {"unigate " + (v == null ? "development build" : v),
                "Java " + System.getProperty("java.version")};
    }
}
