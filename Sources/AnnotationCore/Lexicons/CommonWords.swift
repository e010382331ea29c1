// Words and phrases that are capitalised without being names. Compiled by hand from English grammar
// (closed-class words), the calendar, and the page furniture that scraped web articles carry.
//
// Section "closed": function words, auxiliaries and sentence adverbs. Never a name, wherever they stand
// ("Will Putin get…", "However, Russia…"); in a title-case headline they separate names.
// Section "calendar": days, months and other calendar words, never actors.
// Section "furniture": web-page chrome and bylines; a capitalised sequence that is one of these, or starts
// with one, is not an actor ("Related Articles", "Leave a Reply", "By Editor").
extension Lexicon {
    static let commonWordsData = #"""
[closed]
a
an
the
this
that
these
those
it
its
he
him
his
she
her
hers
they
them
their
theirs
we
us
our
ours
i
me
my
mine
you
your
yours
who
whom
whose
what
which
why
how
where
when
whether
whatever
whoever
in
on
at
for
from
with
without
within
by
of
to
into
onto
upon
as
after
before
during
since
until
till
while
about
above
below
under
over
across
against
among
amongst
between
beyond
through
throughout
toward
towards
via
per
despite
unlike
like
besides
except
amid
amidst
if
but
and
or
nor
so
yet
although
though
because
unless
however
moreover
furthermore
meanwhile
nevertheless
nonetheless
therefore
thus
hence
instead
otherwise
additionally
also
still
even
only
just
then
now
here
there
yes
no
not
never
always
often
perhaps
maybe
indeed
naturally
certainly
clearly
obviously
apparently
actually
finally
first
firstly
second
secondly
third
lastly
next
last
will
would
can
could
may
might
must
shall
should
is
are
was
were
be
been
being
am
do
does
did
done
has
have
had
having
let
some
any
all
many
much
most
more
less
least
few
several
both
each
every
either
neither
such
other
another
same
one
two
three
four
five
six
seven
eight
nine
ten
none
nothing
something
everything
anything
someone
everyone
anyone
nobody
everybody
somebody
today
tomorrow
yesterday
tonight
please
thanks
thank
oh
well
ok
okay
true
false
[calendar]
monday
tuesday
wednesday
thursday
friday
saturday
sunday
mondays
tuesdays
wednesdays
thursdays
fridays
saturdays
sundays
mon
tue
tues
thu
thur
thurs
fri
january
february
march
april
may
june
july
august
september
october
november
december
feb
apr
jun
jul
aug
sep
sept
oct
nov
dec
christmas
easter
ramadan
[furniture]
Translate
Related Articles
Related Posts
Related Stories
Related News
Related
Leave a Reply
Leave a Comment
Source link
Source
Advertisement
Advertisements
Sponsored
Latest Articles
Latest News
Latest
By Editor
By Admin
Editor
Admin
Please enter
Please
Read More
Read Also
Read
Share
Share this
Tweet
Subscribe
Comments
Comment
Newsletter
Sign Up
Sign In
Log In
Login
Privacy Policy
Terms of Service
Terms of Use
Cookie Policy
All Rights Reserved
Copyright
Follow Us
Click Here
Continue Reading
Most Popular
Most Read
Top Stories
Breaking News
Home
Menu
Search
Video
Videos
Photo
Photos
Image
Images
Getty Images
Photo Credit
Credit
Trending
Previous
Next
Back to Top
Email
Print
Facebook
Twitter
WhatsApp
Telegram
LinkedIn
Reddit
YouTube
Instagram
Tags
Tag
Category
Categories
Posted
Updated
Published
View
Views
Reply
Cancel
Submit
Name
Website
Save
Show Comments
Hide
Listen
Play
Watch
Live
Skip to content
Contact Us
About Us
"""#
}
