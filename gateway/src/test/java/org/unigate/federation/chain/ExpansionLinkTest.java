package org.unigate.federation.chain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unigate.federation.sharing.SharingContext;
import org.unigate.member.MemberSearch;
import org.unigate.query.Clause;
import org.unigate.query.SearchQuery;

class ExpansionLinkTest {

    private static final MemberSearch HAN = MemberSearch.firstPage(SearchQuery.of(Clause.of("dc.title", "红楼梦")), 10);

    private static MemberExchange exchange(boolean expandScripts) {
        MemberExchange base = Calls.exchange(Calls.spec("m").expandScripts(expandScripts).build(), SharingContext.PUBLIC);
        return base.withSearch(HAN);
    }

    @Test
    void aMemberThatDoesNotFoldScriptsIsSentBothForms() {
        Calls.Fixed member = new Calls.Fixed(Calls.answered("m"));

        new ExpansionLink().call(exchange(true), member).join();

        String sent = member.seen.search().query().root().toString();
        assertThat(sent).contains("红楼梦").contains("紅樓夢");
        assertThat(member.seen.search().offset()).isZero();
        assertThat(member.seen.search().count()).isEqualTo(10);
    }

    @Test
    void aMemberThatFoldsScriptsItselfGetsTheQueryAsAsked() {
        Calls.Fixed member = new Calls.Fixed(Calls.answered("m"));

        new ExpansionLink().call(exchange(false), member).join();

        assertThat(member.seen.search()).isEqualTo(HAN);
    }
}
