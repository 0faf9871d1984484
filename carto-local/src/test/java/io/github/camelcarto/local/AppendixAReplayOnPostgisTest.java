package io.github.camelcarto.local;

class AppendixAReplayOnPostgisTest extends AppendixAReplayContract {

    @Override
    TestEngine engine() {
        return TestEngine.POSTGIS;
    }

    @Override
    int required() {
        return 37;
    }
}
