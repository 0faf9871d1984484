package io.github.camelcarto.local;

class AppendixAReplayOnH2GisTest extends AppendixAReplayContract {

    @Override
    TestEngine engine() {
        return TestEngine.H2GIS;
    }

    @Override
    int required() {
        return 34;
    }
}
