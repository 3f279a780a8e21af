@NullMarked
package org.cellbook.analysis.run;

import org.jspecify.annotations.NullMarked;
