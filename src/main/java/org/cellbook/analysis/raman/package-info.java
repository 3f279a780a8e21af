@NullMarked
package org.cellbook.analysis.raman;

import org.jspecify.annotations.NullMarked;
